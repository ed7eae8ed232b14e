import { mount } from 'svelte';
import Options from '@/components/Options.svelte';
import '@/components/theme.css';
import { t, uiLanguage } from '@/utils/i18n';

document.documentElement.lang = uiLanguage().toLowerCase().startsWith('it') ? 'it' : 'en';
document.title = t('extName');
mount(Options, { target: document.getElementById('app')! });
