// What a .astro file is to tools that cannot read one: typescript-eslint, and plain `tsc`.
// `astro check` reads the files themselves (with their real props), so this declaration
// only applies where no .astro file can be resolved.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
