/**
 * Default languages a workstream can have (BCP 47 primary tags). The agent inbox and automated
 * messages use it; `GET /sms-channel/workstreams/options` serves this list to the admin.
 */
export const WORKSTREAM_LANGUAGES = [
  { code: 'en', name: 'English', nativeName: 'English' },
  { code: 'es', name: 'Spanish', nativeName: 'Español' },
  { code: 'fr', name: 'French', nativeName: 'Français' },
  { code: 'de', name: 'German', nativeName: 'Deutsch' },
  { code: 'it', name: 'Italian', nativeName: 'Italiano' },
  { code: 'nl', name: 'Dutch', nativeName: 'Nederlands' },
  { code: 'pt', name: 'Portuguese', nativeName: 'Português' },
  { code: 'ja', name: 'Japanese', nativeName: '日本語' },
  { code: 'ko', name: 'Korean', nativeName: '한국어' },
  { code: 'zh', name: 'Chinese', nativeName: '中文' },
] as const;

export type WorkstreamLanguage = (typeof WORKSTREAM_LANGUAGES)[number]['code'];

export const LANGUAGE_CODES = WORKSTREAM_LANGUAGES.map((language) => language.code) as [
  WorkstreamLanguage,
  ...WorkstreamLanguage[],
];

export const DEFAULT_LANGUAGE: WorkstreamLanguage = 'en';
