/*
 * <hlj-echart>: Apache ECharts as a plain custom element, driven from Java (cn.gov.hlj.consumptionaid.shared.ui.EChart).
 * No imports and no build step: ECharts itself is the WebJar's echarts.min.js, loaded before this file.
 *
 * Properties (set by the server):
 *   option   - the chart option as a JSON string; applied with setOption(..., {notMerge: true}) whenever it changes
 *   mapName  - optional: a map name that the option's geo / map series refer to
 *   mapUrl   - optional: where that map's GeoJSON is (ECharts' compressed "UTF8Encoding" GeoJSON is fine:
 *              echarts.registerMap decodes it itself)
 * Event:
 *   chart-click - CustomEvent with detail {name, seriesName, dataIndex, value}
 */
(function () {
    'use strict';

    if (customElements.get('hlj-echart')) {
        return;
    }

    // One fetch per map URL for the whole page, shared by every chart that shows the map.
    const mapLoads = new Map();

    function loadMap(name, url) {
        const key = name + '\u0000' + url;
        if (!mapLoads.has(key)) {
            const load = fetch(url, {credentials: 'same-origin'})
                .then((response) => {
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status + ' for ' + url);
                    }
                    return response.json();
                })
                .then((geoJson) => {
                    window.echarts.registerMap(name, geoJson);
                });
            // A failed load may be retried by the next render.
            load.catch(() => mapLoads.delete(key));
            mapLoads.set(key, load);
        }
        return mapLoads.get(key);
    }

    // @JavaScript files are loaded in order, but do not rely on it: wait for window.echarts if needed.
    function whenEchartsReady() {
        if (window.echarts) {
            return Promise.resolve(window.echarts);
        }
        return new Promise((resolve, reject) => {
            const started = Date.now();
            const poll = () => {
                if (window.echarts) {
                    resolve(window.echarts);
                } else if (Date.now() - started > 30000) {
                    reject(new Error('ECharts (echarts.min.js) was not loaded'));
                } else {
                    setTimeout(poll, 50);
                }
            };
            poll();
        });
    }

    // Values in the click detail must survive JSON: NaN (a region without data) and Infinity become null.
    function jsonSafe(value) {
        if (typeof value === 'number') {
            return Number.isFinite(value) ? value : null;
        }
        if (value === undefined) {
            return null;
        }
        if (Array.isArray(value)) {
            return value.map(jsonSafe);
        }
        if (value !== null && typeof value === 'object') {
            const copy = {};
            Object.keys(value).forEach((k) => {
                copy[k] = jsonSafe(value[k]);
            });
            return copy;
        }
        return value;
    }

    class HljEChart extends HTMLElement {

        constructor() {
            super();
            this._option = null;
            this._mapName = null;
            this._mapUrl = null;
            this._chart = null;
            this._renderCount = 0;
            const root = this.attachShadow({mode: 'open'});
            root.innerHTML =
                '<style>' +
                ':host{display:block;position:relative;min-height:60px}' +
                ':host([hidden]){display:none}' +
                '#chart{position:absolute;inset:0}' +
                '</style>' +
                '<div id="chart" part="chart"></div>';
            this._container = root.getElementById('chart');
        }

        get option() {
            return this._option;
        }

        set option(value) {
            this._option = value == null || value === '' ? null : String(value);
            this._render();
        }

        get mapName() {
            return this._mapName;
        }

        set mapName(value) {
            this._mapName = value || null;
            this._render();
        }

        get mapUrl() {
            return this._mapUrl;
        }

        set mapUrl(value) {
            this._mapUrl = value || null;
            this._render();
        }

        /** The ECharts instance, for tests and debugging; null while not attached. */
        get chart() {
            return this._chart;
        }

        connectedCallback() {
            // Properties set before this element was upgraded live on the instance and hide the setters.
            ['option', 'mapName', 'mapUrl'].forEach((property) => {
                if (Object.prototype.hasOwnProperty.call(this, property)) {
                    const value = this[property];
                    delete this[property];
                    this[property] = value;
                }
            });
            this._connected = true;
            whenEchartsReady().then((echarts) => {
                if (!this._connected || this._chart) {
                    return;
                }
                this._chart = echarts.init(this._container);
                this._chart.on('click', (params) => this._onClick(params));
                this._resizeObserver = new ResizeObserver(() => {
                    if (this._chart) {
                        this._chart.resize();
                    }
                });
                this._resizeObserver.observe(this);
                this._render();
            }).catch((error) => console.error('hlj-echart:', error));
        }

        disconnectedCallback() {
            // Vaadin may detach and re-attach the element: dispose now, connectedCallback builds a new instance.
            this._connected = false;
            if (this._resizeObserver) {
                this._resizeObserver.disconnect();
                this._resizeObserver = null;
            }
            if (this._chart) {
                this._chart.dispose();
                this._chart = null;
            }
        }

        _onClick(params) {
            this.dispatchEvent(new CustomEvent('chart-click', {
                bubbles: true,
                composed: true,
                detail: {
                    name: params.name == null ? null : String(params.name),
                    seriesName: params.seriesName == null ? null : String(params.seriesName),
                    dataIndex: typeof params.dataIndex === 'number' && params.dataIndex >= 0 ? params.dataIndex : null,
                    value: jsonSafe(params.value)
                }
            }));
        }

        _render() {
            if (!this._chart) {
                return;
            }
            const count = ++this._renderCount;
            const chart = this._chart;
            const apply = () => {
                // A newer option (or a detach) overtook this one while the map was loading.
                if (count !== this._renderCount || chart !== this._chart) {
                    return;
                }
                if (this._option == null) {
                    chart.clear();
                    return;
                }
                let parsed;
                try {
                    parsed = JSON.parse(this._option);
                } catch (error) {
                    console.error('hlj-echart: the option is not JSON', error);
                    return;
                }
                chart.setOption(parsed, {notMerge: true});
                this.dispatchEvent(new CustomEvent('chart-rendered'));
            };
            if (this._mapName && this._mapUrl && !window.echarts.getMap(this._mapName)) {
                chart.showLoading({text: ''}); // a spinner only: the text would be English
                loadMap(this._mapName, this._mapUrl)
                    .then(() => {
                        chart.hideLoading();
                        apply();
                    })
                    .catch((error) => {
                        chart.hideLoading();
                        console.error('hlj-echart: cannot load map ' + this._mapName, error);
                    });
            } else {
                apply();
            }
        }
    }

    customElements.define('hlj-echart', HljEChart);
})();
