/*
 * ReLoop's bridge between the Chart Java component and Chart.js, loaded the way reloop-map.js is (a classic script
 * from a context URL, no frontend build). The Java side sends a whole Chart.js configuration; a new one replaces the
 * chart drawn before. Calls may arrive before chart.umd.min.js has run: they wait for it.
 */
(function () {
    'use strict';

    if (window.reloopChart) {
        return;
    }

    function whenChartLoaded() {
        return new Promise(function (resolve) {
            (function poll() {
                if (window.Chart) {
                    resolve(window.Chart);
                    return;
                }
                setTimeout(poll, 25);
            })();
        });
    }

    window.reloopChart = {
        draw: function (element, config) {
            whenChartLoaded().then(function (Chart) {
                var canvas = element.querySelector('canvas');
                if (!canvas) {
                    canvas = document.createElement('canvas');
                    element.appendChild(canvas);
                }
                var existing = Chart.getChart(canvas);
                if (existing) {
                    existing.destroy();
                }
                config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false},
                    config.options || {});
                new Chart(canvas, config);
            }).catch(function (error) {
                console.error('reloopChart:', error);
            });
        }
    };
})();
