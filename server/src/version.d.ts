/** The package version, defined by the build (scripts/build.mjs) from package.json. */
declare const __VERSION__: string;
