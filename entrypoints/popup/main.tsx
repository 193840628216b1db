import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from './popup-app';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<PopupApp />, document.getElementById('app')!);
