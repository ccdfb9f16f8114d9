/*
 * ReLoop's bridge between the LeafletMap Java component and Leaflet.
 *
 * A classic script, not a module: Vaadin loads it (and leaflet.js) at runtime from context URLs, so
 * no frontend bundle build and no Node are needed. The Java side calls window.reloopMap.* through
 * executeJs. Calls may arrive before leaflet.js has run or before init has finished; they are queued
 * per element and run in order once the map exists.
 */
(function () {
    'use strict';

    if (window.reloopMap) {
        return;
    }

    // Leaflet finds its marker images through leaflet.css, which may not have loaded yet when the
    // first marker is drawn; point it at the images beside this script instead.
    var script = document.currentScript;
    var imagePath = script && script.src ? new URL('images/', script.src).href : null;

    var leafletLoaded = null;

    function whenLeafletLoaded() {
        if (!leafletLoaded) {
            leafletLoaded = new Promise(function (resolve) {
                var started = Date.now();
                var warned = false;
                (function poll() {
                    if (window.L && typeof window.L.map === 'function') {
                        if (imagePath && typeof window.L.Icon.Default.imagePath !== 'string') {
                            window.L.Icon.Default.imagePath = imagePath;
                        }
                        resolve(window.L);
                        return;
                    }
                    if (!warned && Date.now() - started > 10000) {
                        warned = true;
                        console.warn('reloopMap: still waiting for leaflet.js to load');
                    }
                    // setTimeout, not requestAnimationFrame: it also runs in a background tab.
                    setTimeout(poll, 25);
                })();
            });
        }
        return leafletLoaded;
    }

    function report(error) {
        console.error('reloopMap:', error);
    }

    /*
     * Runs action(map) after everything queued before it. An action that finds no map yet (init not
     * called) waits in element._reloopPending until init has created one.
     */
    function enqueue(element, action) {
        var tail = element._reloopQueue || whenLeafletLoaded();
        element._reloopQueue = tail.then(function () {
            if (element._map) {
                action(element._map);
            } else {
                (element._reloopPending = element._reloopPending || []).push(action);
            }
        }).catch(report);
    }

    function dispatch(element, type, detail) {
        element.dispatchEvent(new CustomEvent(type, { detail: detail }));
    }

    function destroy(element) {
        if (element._reloopResize) {
            element._reloopResize.disconnect();
            element._reloopResize = null;
        }
        if (element._map) {
            element._map.remove();
            element._map = null;
            element._reloopMarkers = null;
        }
    }

    function create(L, element, tileUrl, attribution, lat, lon, zoom) {
        var map = L.map(element).setView([lat, lon], zoom);
        L.tileLayer(tileUrl, { attribution: attribution, maxZoom: 19 }).addTo(map);
        element._reloopMarkers = L.featureGroup().addTo(map);
        map.on('click', function (event) {
            dispatch(element, 'map-click', { lat: event.latlng.lat, lon: event.latlng.lng });
        });
        element._map = map;
        // Layout may still change after the element is attached (dialogs, tabs, split layouts).
        if (window.ResizeObserver) {
            element._reloopResize = new ResizeObserver(function () {
                map.invalidateSize();
            });
            element._reloopResize.observe(element);
        }
    }

    function popupContent(text) {
        var content = document.createElement('div');
        content.style.whiteSpace = 'pre-line';
        content.textContent = text;
        return content;
    }

    window.reloopMap = {

        init: function (element, tileUrl, attribution, lat, lon, zoom) {
            var tail = element._reloopQueue || whenLeafletLoaded();
            element._reloopQueue = tail.then(function () {
                // Vaadin re-attach: the element may come back with a map from before, possibly one
                // that lost its container; a fresh map is simplest, as Java replays view and markers.
                destroy(element);
                create(window.L, element, tileUrl, attribution, lat, lon, zoom);
                var pending = element._reloopPending || [];
                element._reloopPending = null;
                pending.forEach(function (action) {
                    action(element._map);
                });
            }).catch(report);
        },

        setView: function (element, lat, lon, zoom) {
            enqueue(element, function (map) {
                map.setView([lat, lon], zoom);
            });
        },

        setMarkers: function (element, markers) {
            enqueue(element, function () {
                var L = window.L;
                var group = element._reloopMarkers;
                group.clearLayers();
                (markers || []).forEach(function (item) {
                    var marker = L.marker([item.lat, item.lon], {
                        title: item.title || '',
                        alt: item.title || '',
                        keyboard: true
                    });
                    if (item.popup && item.popup.trim()) {
                        marker.bindPopup(popupContent(item.popup));
                    }
                    marker.on('click', function () {
                        dispatch(element, 'marker-click', { id: item.id });
                    });
                    // Keyboard users focus a marker and press Enter; Leaflet opens its popup then too.
                    marker.on('keypress', function (event) {
                        if (event.originalEvent && event.originalEvent.key === 'Enter') {
                            dispatch(element, 'marker-click', { id: item.id });
                        }
                    });
                    group.addLayer(marker);
                });
            });
        },

        fitMarkers: function (element) {
            enqueue(element, function (map) {
                var group = element._reloopMarkers;
                if (group.getLayers().length > 0) {
                    map.fitBounds(group.getBounds(), { padding: [32, 32], maxZoom: 15 });
                }
            });
        },

        invalidate: function (element) {
            enqueue(element, function (map) {
                map.invalidateSize();
            });
        }
    };
})();
