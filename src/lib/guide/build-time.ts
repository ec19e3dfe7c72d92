// The build's one reading of the clock. Every page, feed, file and API document
// derives statuses from this instant, so they agree even when a build runs across a
// deadline. A scheduled rebuild (docs/deployers.md, "Scheduled rebuilds") is what moves it forward.
export const buildTime = new Date();
