/*
 * Reads a QR code with the camera, for the hand-in desk (through the QrScanner Java component) and the offline stamp
 * verifier. A classic script from a static URL, as reloop-map.js is (no frontend build). It reads with the browser's
 * own BarcodeDetector where there is one (Chromium on Android, macOS, Windows and ChromeOS), else with jsQR
 * (Apache-2.0, jsQR.js beside this file), loaded the first time it is needed. The camera is asked for only when a scan
 * starts, and let go as soon as a code is read, the scan is stopped or its video leaves the page.
 */
(function () {
    'use strict';

    if (window.reloopQrScan) {
        return;
    }

    var here = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, '') : '/qr-scan/';
    var jsQrLoading = null;

    function loadJsQr() {
        if (window.jsQR) {
            return Promise.resolve(window.jsQR);
        }
        if (!jsQrLoading) {
            jsQrLoading = new Promise(function (resolve, reject) {
                var script = document.createElement('script');
                script.src = here + 'jsQR.js';
                script.onload = function () {
                    resolve(window.jsQR);
                };
                script.onerror = function () {
                    jsQrLoading = null;
                    reject(new Error('jsQR could not be loaded'));
                };
                document.head.appendChild(script);
            });
        }
        return jsQrLoading;
    }

    function barcodeDetector() {
        try {
            return 'BarcodeDetector' in window ? new window.BarcodeDetector({formats: ['qr_code']}) : null;
        } catch (unsupported) {
            return null;
        }
    }

    /** A function from an image source (a video, an image, a canvas) to the text of the QR code in it, or null. */
    function decoder() {
        var detector = barcodeDetector();
        if (detector) {
            return Promise.resolve(function (source) {
                return detector.detect(source).then(function (found) {
                    return found.length ? found[0].rawValue : null;
                }, function () {
                    return null;
                });
            });
        }
        return loadJsQr().then(function (jsQR) {
            var canvas = document.createElement('canvas');
            var context = canvas.getContext('2d', {willReadFrequently: true});
            return function (source) {
                var width = source.videoWidth || source.naturalWidth || source.width;
                var height = source.videoHeight || source.naturalHeight || source.height;
                if (!width || !height) {
                    return Promise.resolve(null);
                }
                canvas.width = width;
                canvas.height = height;
                context.drawImage(source, 0, 0, width, height);
                var found = jsQR(context.getImageData(0, 0, width, height).data, width, height);
                return Promise.resolve(found ? found.data : null);
            };
        });
    }

    /** Why a scan could not start, as the callers' texts name it. */
    function reason(error) {
        var name = error && error.name;
        if (name === 'NotAllowedError' || name === 'SecurityError') {
            return 'refused';
        }
        if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') {
            return 'no-camera';
        }
        return 'failed';
    }

    /**
     * Films with the camera into the video element until a QR code shows; then lets the camera go and calls onText
     * with the code's text. Calls onFailure with 'unsupported' (no camera here, as on a page not served over HTTPS),
     * 'no-camera', 'refused' or 'failed'. Returns a function that stops it.
     */
    function scan(video, onText, onFailure) {
        var stream = null;
        var stopped = false;

        function stop() {
            stopped = true;
            if (stream) {
                stream.getTracks().forEach(function (track) {
                    track.stop();
                });
            }
            video.srcObject = null;
            video.hidden = true;
        }

        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            onFailure('unsupported');
            return stop;
        }
        Promise.all([decoder(), navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}})])
            .then(function (ready) {
                stream = ready[1];
                if (stopped) {
                    stop();
                    return;
                }
                var decode = ready[0];
                // Muted and inline, so that the browser plays it without asking and in place.
                video.muted = true;
                video.playsInline = true;
                video.srcObject = stream;
                video.hidden = false;
                return video.play().then(function look() {
                    if (stopped || !video.isConnected) {
                        stop();
                        return;
                    }
                    return decode(video).then(function (text) {
                        if (stopped) {
                            return;
                        }
                        if (text) {
                            stop();
                            onText(text);
                        } else {
                            setTimeout(look, 250);
                        }
                    });
                });
            })
            .catch(function (error) {
                var wasStopped = stopped;
                stop();
                if (!wasStopped) {
                    onFailure(reason(error));
                }
            });
        return stop;
    }

    /** The text of the QR code in an image source, or null: what a scan does with each frame. */
    function decode(source) {
        return decoder().then(function (read) {
            return read(source);
        });
    }

    window.reloopQrScan = {scan: scan, decode: decode};
})();
