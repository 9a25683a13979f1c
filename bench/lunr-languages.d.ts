// lunr-languages ships no types; the bench only calls these two plugin factories.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const plugin: (lunr: unknown) => void;
  export default plugin;
}
declare module 'lunr-languages/lunr.nl.js' {
  const plugin: (lunr: unknown) => void;
  export default plugin;
}
