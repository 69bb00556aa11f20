// 效果看板: draws the twelve-month charts from /dashboard/trend.json (data-trend); no inline script (CSP).
(function () {
    'use strict';

    function percent(values) {
        return values.map(function (v) { return v === null ? null : Math.round(v * 1000) / 10; });
    }

    function line(series, transform) {
        return series.map(function (s) {
            return { name: s.name, type: 'line', connectNulls: false, symbolSize: 6,
                data: transform ? transform(s.values) : s.values };
        });
    }

    function options(months, series, unit, title) {
        return {
            title: title ? { text: title, textStyle: { fontSize: 13 } } : undefined,
            tooltip: { trigger: 'axis' },
            legend: { bottom: 0, type: 'scroll' },
            grid: { left: 8, right: 12, top: title ? 36 : 16, bottom: 40, containLabel: true },
            xAxis: { type: 'category', data: months, axisLabel: { formatter: function (m) { return m.slice(2); } } },
            yAxis: { type: 'value', axisLabel: { formatter: '{value}' + unit } },
            series: series
        };
    }

    function draw() {
        var box = document.getElementById('dash-charts');
        if (!box || !window.echarts) {
            return;
        }
        fetch(box.dataset.trend, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
            .then(function (trend) {
                var rates = echarts.init(document.getElementById('dash-chart-rates'));
                rates.setOption(options(trend.months, line(trend.rates, percent), '%'));
                var approval = echarts.init(document.getElementById('dash-chart-approval'));
                approval.setOption(options(trend.months, line(trend.approvalMinutes), '', box.dataset.approvalTitle));
                // the charts follow the width: a phone turned, a desk window resized
                window.addEventListener('resize', function () { rates.resize(); approval.resize(); });
            })
            .catch(function () { box.classList.add('dash-charts-failed'); });
    }

    document.addEventListener('DOMContentLoaded', draw);
})();
