/** The package version, defined by the build (tools/build.mjs) from package.json. */
declare const __VERSION__: string;
