/** Injection token of the resolved AppConfig (see app.module.ts). */
export const APP_CONFIG = Symbol('APP_CONFIG');
