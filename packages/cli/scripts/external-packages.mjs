// The packages the bundle leaves outside, to be found with `require` (or
// `import`) at run time. bundle.mjs keeps them out; release.mjs makes them the
// dependencies of the package users install.
// - pdfmake, pdfkit and fontkit: render-pdf patches pdfmake's classes and hands
//   pdfkit fonts parsed by the same fontkit, so all three must be the single
//   copies that `require` finds;
// - piscina: it starts its own worker script from its own folder;
// - listr2 and chokidar: loaded only for a live task list and for watch.
export const external = ["pdfmake", "pdfkit", "fontkit", "piscina", "listr2", "chokidar"];
