export { SourcesPanel, groupBySpeaker, splitSources, type SourcesPanelProps } from './sources-panel';
export { SOURCES_PANEL_CSS } from './sources-panel-css';
export { panelStrings, kindLabel, type PanelLang } from './strings';
