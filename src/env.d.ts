/** The app's version from package.json, written into every exported snapshot. */
declare const __APP_VERSION__: string;
