-- =============================================================================
-- V4_1__permit_catalogue.sql  --  Anzuo 安作 reference data (data only, no DDL)
--
-- Contents
--   1. permit_measure_item: the safety-measure checklists (安全措施) of the eight
--      safety-work-permit templates of GB 30871-2022 《危险化学品企业特殊作业安全规范》
--      Annex A (资料性), tables A.1-A.8, in the standard's order:
--        A.1 动火     HOT_WORK        HW-01..HW-16 (16)
--        A.2 受限空间 CONFINED_SPACE  CS-01..CS-15 (15)
--        A.3 盲板抽堵 BLIND_PLATE     BP-01..BP-11 (11)
--        A.4 高处     HEIGHT          HT-01..HT-15 (15)
--        A.5 吊装     LIFTING         LF-01..LF-20 (20)
--        A.6 临时用电 TEMP_POWER      TP-01..TP-14 (14)
--        A.7 动土     EXCAVATION      EX-01..EX-11 (11)
--        A.8 断路     ROAD_CLOSURE    RC-01..RC-04 (4)
--      seq = item number (序号) in the table. The last item of every type is the
--      free-text "其他安全措施" (the permit records its author, 编制人, separately).
--      On the permit each item is answered 是否涉及 and signed by a 确认人.
--      Wording: the standard's text, with requirement phrasing ("应…/不应…")
--      turned into a confirmation statement ("已…/未…") where needed. Blanks of the
--      template such as "加盲板（ ）块" are kept as "（ ）". text_en is a short
--      faithful translation made for this project (not an official translation).
--   2. holiday: the national calendar (company_id null = applies to every company)
--      for 2026, per 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04):
--      every 放假 day as HOLIDAY (name = festival), every 调休上班 weekend day as
--      WORKDAY (name = "<festival>调休上班"); plus 2027-01-01 元旦 (statutory).
--      Companies can add their own rows (company_id set) for site-specific
--      holidays or working days; those rows complement the national calendar.
--
-- Sources
--   * GB 30871-2022, Annex A tables A.1-A.8. Transcriptions used and compared
--     (identical item lists): GitHub wyuzhu-gif/aky_work_ticket-agent,
--     "GB_30871-2022危险化学品企业特殊作业安全规范.md"; GitHub
--     qieqiesitan/digital-emergency-plan-generator,
--     "backend/app/regulations/data/texts/reg_gb_30871_2022.md".
--     TP-08: the first transcription reads "暗埋设", the second "暗管埋设"; the
--     latter is used.
--   * 国务院办公厅关于2026年部分节假日安排的通知, 国务院办公厅 2025-11-04 (新华社),
--     as reprinted at https://politics.gmw.cn/2025-11/04/content_38391083.htm
--     (光明网, 来源 新华网 2025-11-04). Weekdays checked against the calendar.
--   * 2027-01-01 元旦: statutory holiday (《全国年节及纪念日放假办法》).
--
-- IDs: uuid5(NAMESPACE_URL, 'urn:anzuo:measure:<code>') and
--      uuid5(NAMESPACE_URL, 'urn:anzuo:holiday:national:<yyyy-mm-dd>'), so the file
--      is deterministic. Plain multi-row INSERTs: runs on PostgreSQL 15 and on
--      H2 (MODE=PostgreSQL). The date column is holiday_date (DAY is a keyword in H2 2.x).
-- =============================================================================

-- A.1 动火安全作业票 (16 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('42642b2e-5aa0-5abc-909e-09d05d271841', 'HOT_WORK', 'HW-01', 1, '动火设备内部构件清洗干净，蒸汽吹扫或水洗、置换合格，达到动火条件', 'Equipment internals are cleaned, steam-purged or water-washed and gas-freed to a passing result; hot-work conditions are met'),
  ('3b10edcb-5316-5bb3-9a20-4cd45123538a', 'HOT_WORK', 'HW-02', 2, '与动火设备相连接的所有管线已断开，加盲板（ ）块，未采取水封或仅关闭阀门的方式代替盲板', 'All lines connected to the equipment are disconnected and ( ) blind plates fitted; no water seal or merely closed valve is used instead of blind plates'),
  ('8d50411d-54bc-5a99-9ab8-f404f0bb2629', 'HOT_WORK', 'HW-03', 3, '动火点周围及附近的孔洞、窨井、地沟、水封设施、污水井等已清除易燃物，并已采取覆盖、铺沙等手段进行隔离', 'Flammables are cleared from holes, manholes, trenches, water seals, sewer wells etc. around and near the hot-work point, and these are isolated by covering, sanding or similar means'),
  ('588ad7b6-f1cb-5bbc-ac84-0010d7bb227f', 'HOT_WORK', 'HW-04', 4, '油气罐区动火点同一防火堤内和防火间距内的油品储罐未进行脱水和取样作业', 'In an oil/gas tank farm, no water draining or sampling is done on oil tanks inside the same fire dike or within the fire separation distance of the hot-work point'),
  ('069638ff-dff7-545c-9e8f-fecb3fe8f1e6', 'HOT_WORK', 'HW-05', 5, '高处作业已采取防火花飞溅措施，作业人员佩戴必要的个体防护装备', 'For hot work at height, measures against spark spatter are taken and workers wear the necessary PPE'),
  ('4aa7dcec-57a0-5a6f-a2d2-b135e5470496', 'HOT_WORK', 'HW-06', 6, '在有可燃物构件和使用可燃物做防腐内衬的设备内部动火作业，已采取防火隔绝措施', 'For hot work inside equipment with combustible components or combustible anti-corrosion linings, fire isolation measures are taken'),
  ('caf2fc22-b2b9-543b-a3c9-f33c7ddcdba3', 'HOT_WORK', 'HW-07', 7, '乙炔气瓶直立放置，已采取防倾倒措施并安装防回火装置；乙炔气瓶、氧气瓶与火源间的距离不小于10 m，两气瓶相互间距不小于5 m', 'Acetylene cylinder stands upright, is secured against tipping and has a flashback arrestor; acetylene and oxygen cylinders are at least 10 m from the fire source and at least 5 m apart'),
  ('4af74908-c1bd-5ecd-85ed-43d619286761', 'HOT_WORK', 'HW-08', 8, '现场配备灭火器（ ）台，灭火毯（ ）块，消防蒸汽带或消防水带（ ）', 'Fire extinguishers ( ), fire blankets ( ) and fire steam or water hoses ( ) are provided on site'),
  ('a0b6b68b-8c83-5614-8765-04f49833e357', 'HOT_WORK', 'HW-09', 9, '电焊机所处位置已考虑防火防爆要求，且已可靠接地', 'The welding machine location meets fire and explosion protection requirements and the machine is reliably earthed'),
  ('249ff2f6-5370-5cf1-982d-e5bb7f0e8265', 'HOT_WORK', 'HW-10', 10, '动火点周围规定距离内没有易燃易爆化学品的装卸、排放、喷漆等可能引起火灾爆炸的危险作业', 'Within the prescribed distance of the hot-work point there is no loading/unloading, discharge or spray painting of flammable or explosive chemicals, or other work that could cause fire or explosion'),
  ('39e6cf0c-a11d-58d8-be65-105810e3fffb', 'HOT_WORK', 'HW-11', 11, '动火点30 m内垂直空间未排放可燃气体；15 m内垂直空间未排放可燃液体；10 m范围内及动火点下方未同时进行可燃溶剂清洗或喷漆等作业，10 m范围内未见有可燃性粉尘清扫作业', 'No combustible gas is vented within 30 m and no combustible liquid within 15 m of the hot-work point (incl. vertical space); no solvent cleaning or spray painting within 10 m or below the point; no combustible dust sweeping within 10 m'),
  ('b02b10f8-cf57-59b7-a3b4-957cd7a9be4d', 'HOT_WORK', 'HW-12', 12, '已开展作业危害分析，制定相应的安全风险管控措施，交叉作业已明确协调人', 'Job hazard analysis is done and risk control measures are set; a coordinator is named for cross-work'),
  ('7cfab864-0be2-5f35-a874-8fd0e3a2727a', 'HOT_WORK', 'HW-13', 13, '用于连续检测的移动式可燃气体检测仪已配备到位', 'A portable combustible-gas detector for continuous monitoring is in place'),
  ('b38e229b-eab7-52e4-989e-4a1b93cf1f4d', 'HOT_WORK', 'HW-14', 14, '配备的摄录设备已到位，且防爆级别满足安全要求', 'Video recording equipment is in place and its explosion-protection rating meets the safety requirements'),
  ('a5fe00e9-236b-57db-a44e-963fde00d1fd', 'HOT_WORK', 'HW-15', 15, '其他相关特殊作业已办理相应安全作业票，作业现场四周已设立警戒区', 'Permits for other related special operations are obtained and a cordon is set up around the work site'),
  ('41b3433f-3a4e-5a74-9333-4f5b902f8b32', 'HOT_WORK', 'HW-16', 16, '其他安全措施', 'Other safety measures');

-- A.2 受限空间安全作业票 (15 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('517fe625-bc53-5aac-8cac-1b9992032b4a', 'CONFINED_SPACE', 'CS-01', 1, '盛装过有毒、可燃物料的受限空间，所有与受限空间有联系的阀门、管线已加盲板隔离，并落实盲板责任人，未采用水封或关闭阀门代替盲板', 'For a space that has held toxic or flammable material, all connected valves and lines are isolated with blind plates, a person responsible for the plates is assigned, and no water seal or closed valve replaces a blind plate'),
  ('1c23171c-feec-5add-bf50-d36d3e0809b1', 'CONFINED_SPACE', 'CS-02', 2, '盛装过有毒、可燃物料的受限空间，设备已经过置换、吹扫或蒸煮', 'For a space that has held toxic or flammable material, the equipment has been gas-freed, purged or steamed out'),
  ('ac1cd867-961a-5502-aebd-949961d17f72', 'CONFINED_SPACE', 'CS-03', 3, '设备通风孔已打开进行自然通风，温度适宜人员作业；必要时采用强制通风或佩戴隔绝式呼吸防护装备，未采用直接通入氧气或富氧空气的方法补充氧', 'Vent openings are open for natural ventilation and the temperature suits the work; forced ventilation or isolating breathing apparatus is used where needed; oxygen is never added by feeding pure oxygen or enriched air'),
  ('e968a340-3969-5d11-bd45-81c2299e96ae', 'CONFINED_SPACE', 'CS-04', 4, '转动设备已切断电源，电源开关处已加锁并悬挂“禁止合闸”标志牌', 'Rotating equipment is de-energised; the power switch is locked and tagged "Do not switch on"'),
  ('e3dd0ae7-39b5-5030-9b5e-cbe478fa5553', 'CONFINED_SPACE', 'CS-05', 5, '受限空间内部已具备进人作业条件，易燃易爆物料容器内作业，作业人员未采用非防爆工具，手持电动工具符合作业安全要求', 'The space is fit for entry; in vessels with flammable or explosive material no non-explosion-proof tools are used; hand-held power tools meet the safety requirements'),
  ('ef5fa044-f0e8-5a61-8f6d-0ecbb86bd4fd', 'CONFINED_SPACE', 'CS-06', 6, '受限空间进出口通道畅通，无阻碍人员进出的障碍物', 'Entrance and exit passages are clear, with no obstacles to people entering or leaving'),
  ('fd128987-49b7-5182-ae35-a983df811255', 'CONFINED_SPACE', 'CS-07', 7, '盛装过可燃有毒液体、气体的受限空间，已分析其中的可燃、有毒有害气体和氧气含量，且在安全范围内', 'For a space that has held flammable or toxic liquids or gases, combustible gas, toxic gas and oxygen levels have been analysed and are within safe limits'),
  ('6e063681-fe03-586b-a986-cb9127a5a905', 'CONFINED_SPACE', 'CS-08', 8, '存在大量扬尘的设备已停止扬尘', 'Equipment producing heavy dust has been stopped'),
  ('15a6e128-966a-5b41-8375-07a54520f498', 'CONFINED_SPACE', 'CS-09', 9, '用于连续检测的移动式可燃、有毒气体、氧气检测仪已配备到位', 'Portable combustible-gas, toxic-gas and oxygen detectors for continuous monitoring are in place'),
  ('4e032ea1-eb60-54e7-8b8e-14bf6d99bce1', 'CONFINED_SPACE', 'CS-10', 10, '作业人员已佩戴必要的个体防护装备，清楚受限空间内存在的危险因素', 'Workers wear the necessary PPE and know the hazards present in the confined space'),
  ('502be52c-9916-580f-ac92-cd05296a8c2e', 'CONFINED_SPACE', 'CS-11', 11, '已配备作业应急设施：消防器材（ ）、救生绳（ ）、气防装备（ ），盛有腐蚀性介质的容器作业现场已配备应急用冲洗水', 'Emergency equipment is provided: fire equipment ( ), lifelines ( ), gas-protection equipment ( ); emergency wash water is available where the vessel holds corrosive media'),
  ('a4c68849-7ed3-5712-8734-f1f9a16a36f6', 'CONFINED_SPACE', 'CS-12', 12, '受限空间内作业已配备通信设备', 'Communication equipment is provided for work inside the confined space'),
  ('b72055ad-7792-5015-ac00-e0f22ea48da2', 'CONFINED_SPACE', 'CS-13', 13, '受限空间出入口四周已设立警戒区', 'A cordon is set up around the entrance and exit of the confined space'),
  ('c3195001-2a85-50c1-a18b-70ae277a27df', 'CONFINED_SPACE', 'CS-14', 14, '其他相关特殊作业已办理相应安全作业票', 'Permits for other related special operations are obtained'),
  ('23a13108-e271-5473-8d26-7615cf2d8399', 'CONFINED_SPACE', 'CS-15', 15, '其他安全措施', 'Other safety measures');

-- A.3 盲板抽堵安全作业票 (11 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('992a76bd-3467-5157-92ef-ba66a899ae90', 'BLIND_PLATE', 'BP-01', 1, '在管道、设备上作业时，已降低系统压力，作业点为常压或微正压', 'System pressure is reduced; the work point on the pipe or equipment is at atmospheric or slight positive pressure'),
  ('b7469fa9-4f5a-50b7-8495-3be39f87a25b', 'BLIND_PLATE', 'BP-02', 2, '在有毒介质的管道、设备上作业时，作业人员已穿戴适合的个体防护装备', 'For work on pipes or equipment with toxic media, workers wear suitable PPE'),
  ('fb54cc00-60d5-58f6-b413-747cc3da211b', 'BLIND_PLATE', 'BP-03', 3, '火灾爆炸危险场所，作业人员穿防静电工作服、工作鞋；作业时使用防爆灯具和防爆工具', 'In fire/explosion hazard areas, workers wear anti-static clothing and shoes and use explosion-proof lamps and tools'),
  ('55a32139-54f3-5d98-b425-356ac696b49a', 'BLIND_PLATE', 'BP-04', 4, '火灾爆炸危险场所的气体管道，距作业地点30 m内无其他动火作业', 'For gas pipes in fire/explosion hazard areas, there is no other hot work within 30 m of the work location'),
  ('d95b4a4f-65bf-51c9-a6fd-cc040cab4454', 'BLIND_PLATE', 'BP-05', 5, '在强腐蚀性介质的管道、设备上作业时，作业人员已采取防止酸碱化学灼伤的措施', 'For work on pipes or equipment with strongly corrosive media, workers have taken measures against acid/alkali chemical burns'),
  ('eec153ce-39f3-5382-845f-98fff74c4329', 'BLIND_PLATE', 'BP-06', 6, '介质温度较高、可能造成烫伤的情况下，作业人员已采取防烫措施', 'Where a hot medium may cause scalds, workers have taken anti-scald measures'),
  ('d68bd79e-8314-5b6e-aef9-70b8de3f2682', 'BLIND_PLATE', 'BP-07', 7, '介质温度较低、可能造成人员冻伤情况下，作业人员已采取防冻伤措施', 'Where a cold medium may cause frostbite, workers have taken anti-frostbite measures'),
  ('50656e93-2d00-53d0-881c-284e8f2a1972', 'BLIND_PLATE', 'BP-08', 8, '同一管道上未同时进行两处及两处以上的盲板抽堵作业', 'No blind-plate work is being done at two or more points on the same pipe at the same time'),
  ('90d03885-ea5a-548e-971e-86d51cf7350f', 'BLIND_PLATE', 'BP-09', 9, '其他相关特殊作业已办理相应安全作业票', 'Permits for other related special operations are obtained'),
  ('60e342ff-67a6-5c44-9a9e-d266b2858f18', 'BLIND_PLATE', 'BP-10', 10, '作业现场四周已设警戒区', 'A cordon is set up around the work site'),
  ('7dbfea07-9cc1-5724-b0a8-54636bd84769', 'BLIND_PLATE', 'BP-11', 11, '其他安全措施', 'Other safety measures');

-- A.4 高处安全作业票 (15 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('060b0a14-cfbb-5013-8996-fa8c22ab5e05', 'HEIGHT', 'HT-01', 1, '作业人员身体条件符合要求', 'Workers'' physical condition meets the requirements'),
  ('fba62cf4-3690-5538-ac31-7365e5e23e14', 'HEIGHT', 'HT-02', 2, '作业人员着装符合作业要求', 'Workers'' clothing meets the work requirements'),
  ('00036b68-a074-5566-bf12-7728b715304e', 'HEIGHT', 'HT-03', 3, '作业人员佩戴符合标准要求的安全帽、安全带，有可能散发有毒气体的场所携带正压式空气呼吸器或面罩备用', 'Workers wear standard-compliant helmets and safety harnesses; where toxic gas may be released, a positive-pressure air breathing apparatus or mask is carried as standby'),
  ('4b0ae4fd-c5bc-562d-b8e9-33e3b03500fb', 'HEIGHT', 'HT-04', 4, '作业人员携带有工具袋及安全绳', 'Workers carry a tool bag and a safety lanyard'),
  ('70b2c040-2b8f-54cb-93b3-d8c229fd232e', 'HEIGHT', 'HT-05', 5, '现场搭设的脚手架、防护网、围栏符合安全规定', 'Scaffolding, safety nets and railings erected on site comply with safety rules'),
  ('d9bfcab9-5dcd-59b0-83c2-1904537329f8', 'HEIGHT', 'HT-06', 6, '垂直分层作业中间有隔离设施', 'There is a separating barrier between vertically layered work levels'),
  ('41201eeb-dfb6-5044-a13c-3d5cc36b5ed2', 'HEIGHT', 'HT-07', 7, '梯子、绳子符合安全规定', 'Ladders and ropes comply with safety rules'),
  ('96dfd39b-18e7-541e-9203-cd6130a67442', 'HEIGHT', 'HT-08', 8, '轻型棚的承重梁、柱能承重作业过程最大负荷的要求', 'Load-bearing beams and columns of light-roof structures can carry the maximum load during the work'),
  ('b575536b-3596-54c3-8ed3-2070436440d5', 'HEIGHT', 'HT-09', 9, '作业人员在不承重物处作业所搭设的承重板稳定牢固', 'Load boards laid for working on non-load-bearing surfaces are stable and secure'),
  ('6100fc2c-5efe-5f42-8f0b-dca01a767f7d', 'HEIGHT', 'HT-10', 10, '采光、夜间作业照明符合作业要求', 'Daylighting and night-work lighting meet the work requirements'),
  ('1d96b254-e732-5995-b4bc-e5e4433abb5d', 'HEIGHT', 'HT-11', 11, '30 m以上高处作业时，作业人员已配备通信、联络工具', 'For work above 30 m, workers have communication tools'),
  ('4f11a4ed-bc72-5311-bee0-549c58138275', 'HEIGHT', 'HT-12', 12, '作业现场四周已设警戒区', 'A cordon is set up around the work site'),
  ('b94fb77a-4967-5ede-a3b2-22d44908bd80', 'HEIGHT', 'HT-13', 13, '露天作业，风力满足作业安全要求', 'For outdoor work, the wind force is within safe limits for the work'),
  ('2c5d916a-42ba-57e0-a2ea-1cff6bdfa838', 'HEIGHT', 'HT-14', 14, '其他相关特殊作业已办理相应安全作业票', 'Permits for other related special operations are obtained'),
  ('6018a3a1-1cec-58b7-b488-c486266b7c96', 'HEIGHT', 'HT-15', 15, '其他安全措施', 'Other safety measures');

-- A.5 吊装安全作业票 (20 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('35b5c79e-b374-5b53-9b0a-7aa16843d5ce', 'LIFTING', 'LF-01', 1, '一、二级吊装作业已编制吊装作业方案，已经审查批准；吊装物体形状复杂、刚度小、长径比大、精密贵重，作业条件特殊的三级吊装作业，已编制吊装作业方案，已经审查批准', 'A lifting plan is prepared and approved for level 1 and 2 lifts, and for level 3 lifts of loads that are complex in shape, low in stiffness, slender, precision or valuable, or under special conditions'),
  ('ed830336-dbd3-556f-8d6f-d725e7ac42c9', 'LIFTING', 'LF-02', 2, '吊装场所如有含危险物料的设备、管道时，已制定详细吊装方案，并对设备、管道采取有效防护措施，必要时停车，放空物料，置换后再进行吊装作业', 'Where equipment or pipes containing hazardous material are at the lifting site, a detailed lifting plan is prepared and they are protected; if necessary they are shut down, emptied and purged before lifting'),
  ('f725d0b2-d531-5cc5-8dae-f806ab228548', 'LIFTING', 'LF-03', 3, '作业人员已按规定佩戴个体防护装备', 'Workers wear PPE as required'),
  ('b8f66dfa-6a00-5326-81d4-d0e206934e13', 'LIFTING', 'LF-04', 4, '已对起重吊装设备、钢丝绳、揽风绳、链条、吊钩等各种机具进行检查，安全可靠', 'Lifting equipment, wire ropes, guy ropes, chains, hooks and other gear have been inspected and are safe'),
  ('a335a8fe-07dc-5f40-81d8-ec00463ff184', 'LIFTING', 'LF-05', 5, '已明确各自分工、坚守岗位，并统一规定联络信号', 'Roles are assigned, everyone stays at their post, and unified signals are agreed'),
  ('b87d8821-86e2-5090-89c6-753409742709', 'LIFTING', 'LF-06', 6, '将建筑物、构筑物作为锚点的，已经所属单位工程管理部门审查核算并批准', 'Where buildings or structures are used as anchor points, this has been checked, calculated and approved by the owning unit''s engineering department'),
  ('a65503d2-5ea8-507d-8c76-a7f72bf29a2d', 'LIFTING', 'LF-07', 7, '吊装绳索、揽风绳、拖拉绳等未与带电线路接触，并保持安全距离', 'Lifting ropes, guy ropes and tag lines do not touch live lines and keep a safe distance'),
  ('92176244-c92d-5802-a70c-70192c64e278', 'LIFTING', 'LF-08', 8, '未利用管道、管架、电杆、机电设备等作吊装锚点', 'Pipes, pipe racks, utility poles and machinery are not used as lifting anchor points'),
  ('1a17f3a3-88e3-5152-a8f1-5ab246b8dbe4', 'LIFTING', 'LF-09', 9, '吊物捆扎坚固，未见绳打结、绳不齐现象，棱角吊物已采取衬垫措施', 'The load is securely slung, ropes are neither knotted nor uneven, and sharp-edged loads are padded'),
  ('a7448032-98cf-5b3a-9136-6a4d3468cd91', 'LIFTING', 'LF-10', 10, '起重机安全装置灵活好用', 'Crane safety devices work properly'),
  ('76566775-b43e-57b5-9b95-4c34020f6c45', 'LIFTING', 'LF-11', 11, '吊装作业人员持有有效的法定资格证书', 'Lifting operators hold valid statutory qualification certificates'),
  ('34b01feb-c6b4-5e04-bfaa-c745b699aaa4', 'LIFTING', 'LF-12', 12, '地下通信电（光）缆、局域网络电（光）缆、排水沟的盖板，承重吊装机械的负重量已确认，保护措施已落实', 'Underground communication and network cables, drain covers and the ground load from the crane are confirmed, and protection measures are in place'),
  ('10226415-59d6-5c18-8666-ca38edf63720', 'LIFTING', 'LF-13', 13, '起吊物的质量（ t）经确认，在吊装机械的承重范围内', 'The load mass ( t) is confirmed and is within the capacity of the lifting machine'),
  ('1a3df50f-afde-515f-a470-cbdcd518099b', 'LIFTING', 'LF-14', 14, '在吊装高度的管线、电缆桥架已做好防护措施', 'Pipelines and cable trays at the lifting height are protected'),
  ('9bd0e0e3-0a03-5232-9aed-53c3f29d412f', 'LIFTING', 'LF-15', 15, '作业现场围栏、警戒线、警告牌、夜间警示灯已按要求设置', 'Barriers, warning tape, warning signs and night warning lights are set up on site as required'),
  ('bfc90e10-f5b4-5b6e-82da-ee384f5d3c8c', 'LIFTING', 'LF-16', 16, '作业高度和转臂范围内无架空线路', 'There are no overhead lines within the working height and boom slewing range'),
  ('9343dece-c335-5a4c-a52d-1a0980b5b9e9', 'LIFTING', 'LF-17', 17, '在爆炸危险场所内的作业，机动车排气管已装阻火器', 'For work in explosion hazard areas, vehicle exhaust pipes are fitted with flame arrestors'),
  ('aa12f3f1-5c7f-5e60-a12b-413515e986a7', 'LIFTING', 'LF-18', 18, '露天作业，环境风力满足作业安全要求', 'For outdoor work, the wind force is within safe limits for the work'),
  ('f4d2a623-691f-558a-9aa2-8da2e51bfd93', 'LIFTING', 'LF-19', 19, '其他相关特殊作业已办理相应安全作业票', 'Permits for other related special operations are obtained'),
  ('e4af54fc-5818-502c-ac03-595265a13842', 'LIFTING', 'LF-20', 20, '其他安全措施', 'Other safety measures');

-- A.6 临时用电安全作业票 (14 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('ec34dc27-86df-5aed-99fc-96a53a2a1d8f', 'TEMP_POWER', 'TP-01', 1, '作业人员持有电工作业操作证', 'Workers hold an electrician special-operation certificate'),
  ('61e2eaa9-97e9-570b-91da-e1306030a939', 'TEMP_POWER', 'TP-02', 2, '在防爆场所使用的临时电源、元器件和线路达到相应的防爆等级要求', 'Temporary power sources, components and lines used in explosion-protected areas meet the required explosion-protection rating'),
  ('55fc4b7e-df9f-589d-9d0d-fe75068350ce', 'TEMP_POWER', 'TP-03', 3, '上级开关已断电、加锁，并挂安全警示标牌', 'The upstream switch is de-energised, locked and tagged with a safety warning sign'),
  ('76f6126d-b4fe-5d7f-9e84-164a57708c51', 'TEMP_POWER', 'TP-04', 4, '临时用电的单相和混用线路已按照TN-S三相五线制方式接线', 'Single-phase and mixed temporary circuits are wired as a TN-S three-phase five-wire system'),
  ('9c570e3f-221b-5989-8d23-41968b628d9d', 'TEMP_POWER', 'TP-05', 5, '临时用电线路如架高敷设，在作业现场敷设高度不低于2.5 m，跨越道路高度不低于5 m', 'Overhead temporary lines are at least 2.5 m high on site and at least 5 m where they cross roads'),
  ('a48d7c4c-1f86-56a5-9f7b-a9cad72aa97a', 'TEMP_POWER', 'TP-06', 6, '临时用电线路如沿墙面或地面敷设，已沿建筑物墙体根部敷设，穿越道路或其他易受机械损伤的区域，已采取防机械损伤的措施；在电缆敷设路径附近，已采取防止火花损伤电缆的措施', 'Lines laid along walls or the ground run at the base of building walls, are protected against mechanical damage where crossing roads or exposed areas, and are protected from sparks near the cable route'),
  ('6673c12c-fd6d-5ab8-9659-abc315ef5ddf', 'TEMP_POWER', 'TP-07', 7, '临时用电线路架空进线未采用裸线', 'Overhead incoming temporary lines do not use bare conductors'),
  ('0736c2cb-593c-5dd2-b832-0d97662942d8', 'TEMP_POWER', 'TP-08', 8, '暗管埋设及地下电缆线路敷设时，已备好“走向标志”和“安全标志”等标志桩，电缆埋深大于0.7 m', 'For concealed conduit and buried cables, route and safety marker posts are provided and cables are buried deeper than 0.7 m'),
  ('206ed027-092e-5dcc-b595-30bca342cca7', 'TEMP_POWER', 'TP-09', 9, '现场临时用配电盘、箱配备有防雨措施，并可靠接地', 'Temporary distribution boards and boxes on site are rain-protected and reliably earthed'),
  ('a4dc1d49-8440-5c02-be0c-0577e4784705', 'TEMP_POWER', 'TP-10', 10, '临时用电设施已装配漏电保护器，移动工具、手持工具已采取防漏电的安全措施（一机一闸一保护）', 'Temporary installations have residual-current devices; mobile and hand-held tools are protected against leakage (one machine, one switch, one protector)'),
  ('07f9735e-f328-5fa8-a149-c166d2c9eaee', 'TEMP_POWER', 'TP-11', 11, '用电设备、线路容量、负荷符合要求', 'Equipment, line capacity and load meet the requirements'),
  ('71f8c428-288a-5485-bcb1-7964e27fe4c5', 'TEMP_POWER', 'TP-12', 12, '其他相关特殊作业已办理相应安全作业票', 'Permits for other related special operations are obtained'),
  ('a8ee9fb0-4107-541d-a1d6-b0116914a747', 'TEMP_POWER', 'TP-13', 13, '作业场所已进行气体检测且符合作业安全要求', 'Gas testing has been done at the work location and the results meet the safety requirements'),
  ('6b30006f-3922-5791-8557-3d8b0e4e4719', 'TEMP_POWER', 'TP-14', 14, '其他安全措施', 'Other safety measures');

-- A.7 动土安全作业票 (11 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('aa3a1047-3e8e-5cf1-9e41-13ad81e2aee3', 'EXCAVATION', 'EX-01', 1, '地下电力电缆、通信电（光）缆、局域网络电（光）缆已确认，保护措施已落实', 'Underground power, communication and network cables (electric or optical) are identified and protection measures are in place'),
  ('6b4d0afc-6a20-56c3-8c2d-e5e7bbb632d5', 'EXCAVATION', 'EX-02', 2, '地下供排水、消防管线、工艺管线已确认，保护措施已落实', 'Underground water supply and drainage, fire-water and process lines are identified and protection measures are in place'),
  ('a7fb885e-b39b-5b0a-b693-b6ce8056afd2', 'EXCAVATION', 'EX-03', 3, '已按作业方案图划线和立桩', 'Lines are marked out and stakes set according to the work plan drawing'),
  ('c0d2285b-d49d-5c8f-ae6f-81390f8510d7', 'EXCAVATION', 'EX-04', 4, '作业现场围栏、警戒线、警告牌、夜间警示灯已按要求设置', 'Barriers, warning tape, warning signs and night warning lights are set up on site as required'),
  ('ad5bac47-a0db-5cbe-b8ca-d1a9c7ecd88a', 'EXCAVATION', 'EX-05', 5, '已进行放坡处理和固壁支撑', 'Slopes are battered back and wall shoring is installed'),
  ('6ba5cc00-b966-5a54-a8b1-aceeb0400fc3', 'EXCAVATION', 'EX-06', 6, '道路施工作业已报：交通、消防、安全监督部门、应急中心', 'Road works have been reported to the traffic, fire and safety supervision departments and the emergency centre'),
  ('be364b74-25ca-59dc-8fb3-8ffd4f98d60f', 'EXCAVATION', 'EX-07', 7, '现场夜间有充足照明：A. 36 V、24 V、12 V防水型灯；B. 36 V、24 V、12 V防爆型灯', 'Sufficient night lighting is provided on site: A. 36/24/12 V waterproof lamps; B. 36/24/12 V explosion-proof lamps'),
  ('3222313f-1514-5c76-b312-9cc0efb49f32', 'EXCAVATION', 'EX-08', 8, '作业人员配备有必要的个人防护装备', 'Workers have the necessary PPE'),
  ('0473f655-a9d6-571c-b384-754d29104185', 'EXCAVATION', 'EX-09', 9, '易燃易爆、有毒气体存在的场所动土深度超过1.2 m，已按照受限空间作业要求采取了措施', 'Where flammable, explosive or toxic gases may be present and the excavation is deeper than 1.2 m, confined-space measures are taken'),
  ('bf4a8d27-c5e0-5d68-99e3-4fafd2ebb5ac', 'EXCAVATION', 'EX-10', 10, '其他相关特殊作业已办理相应安全作业票', 'Permits for other related special operations are obtained'),
  ('74d6691c-1b51-5d2c-8adf-fd8d4188c2a6', 'EXCAVATION', 'EX-11', 11, '其他安全措施', 'Other safety measures');

-- A.8 断路安全作业票 (4 items)
insert into permit_measure_item (id, work_type, code, seq, text_zh, text_en) values
  ('00c007ce-cd7d-5950-bb0c-12354022dc6b', 'ROAD_CLOSURE', 'RC-01', 1, '作业前，已制定交通组织方案，并已通知相关部门或单位', 'Before work, a traffic organisation plan is prepared and the relevant departments or units are notified'),
  ('8988e4f1-23dd-5d0f-b305-21a0231f9277', 'ROAD_CLOSURE', 'RC-02', 2, '作业前，在断路的路口和相关道路上已设置交通警示标志，在作业区域附近已设置路栏、道路作业警示灯、导向标等交通警示设施', 'Before work, traffic warning signs are placed at the closed junctions and related roads, and barriers, road-work warning lights and direction signs are set up near the work zone'),
  ('ba5a3264-3973-5d39-87de-d3b66f6fc9e3', 'ROAD_CLOSURE', 'RC-03', 3, '夜间作业已设置警示灯', 'Warning lights are set up for night work'),
  ('b16f2f4f-2ecb-5caa-ad86-36896af47099', 'ROAD_CLOSURE', 'RC-04', 4, '其他安全措施', 'Other safety measures');

-- -----------------------------------------------------------------------------
-- National holiday calendar 2026 (company_id null), 国务院办公厅关于2026年部分节假日安排的通知:
--   元旦   1月1日(周四)至3日(周六)放假调休，共3天；1月4日(周日)上班
--   春节   2月15日(腊月二十八、周日)至23日(正月初七、周一)放假调休，共9天；2月14日(周六)、2月28日(周六)上班
--   清明节 4月4日(周六)至6日(周一)放假，共3天
--   劳动节 5月1日(周五)至5日(周二)放假调休，共5天；5月9日(周六)上班
--   端午节 6月19日(周五)至21日(周日)放假，共3天
--   中秋节 9月25日(周五)至27日(周日)放假，共3天
--   国庆节 10月1日(周四)至7日(周三)放假调休，共7天；9月20日(周日)、10月10日(周六)上班
-- -----------------------------------------------------------------------------
insert into holiday (id, company_id, holiday_date, name, kind) values
  ('7019497e-c607-5d41-9dd5-8bd8c68406ce', null, '2026-01-01', '元旦', 'HOLIDAY'),
  ('e6fc81b9-c455-5432-a75c-e40ebcbb4004', null, '2026-01-02', '元旦', 'HOLIDAY'),
  ('1304d650-f91e-5f83-be8e-d11cdc2449af', null, '2026-01-03', '元旦', 'HOLIDAY'),
  ('59be01e1-c63c-5805-ab91-890af1d80396', null, '2026-01-04', '元旦调休上班', 'WORKDAY'),
  ('ec3a8665-3b2c-52b6-baee-2d6c80a481f2', null, '2026-02-14', '春节调休上班', 'WORKDAY'),
  ('6c425b52-9e43-5728-adc8-c68dff2ac9ba', null, '2026-02-15', '春节', 'HOLIDAY'),
  ('fa061636-ae96-5e90-82d1-89a381672823', null, '2026-02-16', '春节', 'HOLIDAY'),
  ('e3da3360-f187-57ad-b00c-e4f5f10b4b8c', null, '2026-02-17', '春节', 'HOLIDAY'),
  ('354b84fa-0760-59f1-b00d-70f41e39eca8', null, '2026-02-18', '春节', 'HOLIDAY'),
  ('ccff7817-a6b1-54c1-9ba4-c2719e67037c', null, '2026-02-19', '春节', 'HOLIDAY'),
  ('2a47812d-0d6d-5a6e-9527-eb039abca499', null, '2026-02-20', '春节', 'HOLIDAY'),
  ('5c4dba2c-ae40-582f-83e8-b48ce50edb6d', null, '2026-02-21', '春节', 'HOLIDAY'),
  ('ef0ad002-492b-587e-ac5d-58db65af955a', null, '2026-02-22', '春节', 'HOLIDAY'),
  ('cc0157d6-ba7b-5a61-b2af-f3960001f479', null, '2026-02-23', '春节', 'HOLIDAY'),
  ('8ec7406a-d6c9-50c5-9dda-ca5635cbc571', null, '2026-02-28', '春节调休上班', 'WORKDAY'),
  ('cfe74a75-66ac-5adc-a041-b7c22d1a0f16', null, '2026-04-04', '清明节', 'HOLIDAY'),
  ('7aaece67-4c5e-568e-9ce3-633e3e347b61', null, '2026-04-05', '清明节', 'HOLIDAY'),
  ('83d58edc-5d43-599f-a9f9-add3ef1f9347', null, '2026-04-06', '清明节', 'HOLIDAY'),
  ('0e0acce7-ed14-5c56-9f33-48cd11ec51a8', null, '2026-05-01', '劳动节', 'HOLIDAY'),
  ('b7edee9c-2d3f-5a0a-8efb-be9defefdf67', null, '2026-05-02', '劳动节', 'HOLIDAY'),
  ('a8a08779-0050-50b3-8700-af2d7d04b88a', null, '2026-05-03', '劳动节', 'HOLIDAY'),
  ('78f22ffc-2810-536e-8c29-dc9798ae5a39', null, '2026-05-04', '劳动节', 'HOLIDAY'),
  ('600cef71-ef47-5b66-a409-8af141d31efb', null, '2026-05-05', '劳动节', 'HOLIDAY'),
  ('225fdd83-4fd4-55d5-93ea-2c09373eee46', null, '2026-05-09', '劳动节调休上班', 'WORKDAY'),
  ('fe78b929-f6f9-59b9-ba2a-d6a2363665a7', null, '2026-06-19', '端午节', 'HOLIDAY'),
  ('e1ac9092-2e5a-5fd4-aa43-c1812eaeadb4', null, '2026-06-20', '端午节', 'HOLIDAY'),
  ('096167b8-297a-5dd5-a681-4e9ba5aeff39', null, '2026-06-21', '端午节', 'HOLIDAY'),
  ('d2cacff0-3f51-56f8-b523-ff1743e9c0aa', null, '2026-09-20', '国庆节调休上班', 'WORKDAY'),
  ('d4ea694a-1e97-5891-b022-b70157487451', null, '2026-09-25', '中秋节', 'HOLIDAY'),
  ('e6f85abf-ed8b-55a9-8343-f67072c141d2', null, '2026-09-26', '中秋节', 'HOLIDAY'),
  ('9f03608e-8b21-5075-8c09-5701ead2d994', null, '2026-09-27', '中秋节', 'HOLIDAY'),
  ('5024f2cb-a332-5b2b-8ca7-20a11e74ad6c', null, '2026-10-01', '国庆节', 'HOLIDAY'),
  ('a95624ad-1334-51f6-8f1e-82e2f1331658', null, '2026-10-02', '国庆节', 'HOLIDAY'),
  ('80b791a7-9711-5bc8-8b04-0894f6bee271', null, '2026-10-03', '国庆节', 'HOLIDAY'),
  ('8226b23b-7200-5c66-b10c-625e46ccae84', null, '2026-10-04', '国庆节', 'HOLIDAY'),
  ('dc23b34c-f0f9-5fd8-a652-e6878ee1a65e', null, '2026-10-05', '国庆节', 'HOLIDAY'),
  ('94089f5d-b2dc-501a-9d46-4707f2d16351', null, '2026-10-06', '国庆节', 'HOLIDAY'),
  ('6380828c-bcf6-510c-baff-c202d553e673', null, '2026-10-07', '国庆节', 'HOLIDAY'),
  ('8e4a730a-2e49-5fee-a435-c0d3831e1fac', null, '2026-10-10', '国庆节调休上班', 'WORKDAY');

-- 2027: only 元旦 (statutory, 1 January) is known. The rest of the 2027 national
-- calendar (including any 调休 around 元旦) must be added in a later migration when the
-- State Council (国务院办公厅) publishes the 2027 holiday notice.
insert into holiday (id, company_id, holiday_date, name, kind) values
  ('bcc4b5b8-d696-52fe-bd26-975a99b3844a', null, '2027-01-01', '元旦', 'HOLIDAY');
