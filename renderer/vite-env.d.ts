/// <reference types="vite/client" />

/** The app's version (package.json's), defined by the build in vite.config.ts. */
declare const __APP_VERSION__: string;
