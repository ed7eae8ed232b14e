import { mount } from 'svelte';
import Popup from '@/components/Popup.svelte';
import '@/components/theme.css';
import { t, uiLanguage } from '@/utils/i18n';

document.documentElement.lang = uiLanguage().toLowerCase().startsWith('it') ? 'it' : 'en';
document.title = t('extName');
mount(Popup, { target: document.getElementById('app')! });
