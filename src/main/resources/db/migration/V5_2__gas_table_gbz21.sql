-- The rest of DOMAIN.md §4.3 (GBZ 2.1-2019, mg/m³). Where DOMAIN.md flags a doubt between a vendor's
-- table and the standard, the stricter value is encoded until checked against the text: a permit gate
-- that refuses too early is safe, one that passes too late is not.
--   甲醛 HCHO: MAC 0.5 (vendor: PC-TWA 2)      环氧乙烷: PC-TWA 0.6 / PC-STEL 2 (recalled: PC-TWA 2)
insert into gas (code, name_zh, kind, lel_pct_vol, molar_mass, mac_mg_m3, twa_mg_m3, stel_mg_m3) values
('NO',     '一氧化氮', 'TOXIC', null, 30.006,  null, 5,     10),
('HCL',    '氯化氢',   'TOXIC', null, 36.461,  7.5,  null,  null),
('HF',     '氟化氢',   'TOXIC', null, 20.006,  2,    null,  null),
('HCHO',   '甲醛',     'TOXIC', null, 30.026,  0.5,  null,  null),
('C7H8',   '甲苯',     'TOXIC', null, 92.141,  null, 50,    100),
('C8H10',  '二甲苯',   'TOXIC', null, 106.167, null, 50,    100),
('CO2',    '二氧化碳', 'TOXIC', null, 44.009,  null, 9000,  18000),
('C2H4O',  '环氧乙烷', 'TOXIC', null, 44.053,  null, 0.6,   2),
('C2H3CL', '氯乙烯',   'TOXIC', null, 62.498,  null, 10,    25),
('C3H3N',  '丙烯腈',   'TOXIC', null, 53.064,  null, 1,     2),
('C6H5OH', '苯酚',     'TOXIC', null, 94.113,  null, 10,    null),
('O3',     '臭氧',     'TOXIC', null, 47.997,  0.3,  null,  null),
('H2O2',   '过氧化氢', 'TOXIC', null, 34.014,  null, 1.5,   null);
