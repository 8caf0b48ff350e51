// `npm start`: serves the repository so that /demo/ loads the freshly built CDN bundle
// and the demo feeds. Opens a browser where there is a desktop to open one on.
const desktop = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY;

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: desktop && !process.env.CI ? '/demo/' : false,
  appIndex: undefined,
};
