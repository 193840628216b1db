import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from './popup-app';
import { prefetchRecent } from '../../components/library/use-library';

prefetchRecent();

document.documentElement.lang = browser.i18n.getUILanguage();
render(<PopupApp />, document.getElementById('app')!);
