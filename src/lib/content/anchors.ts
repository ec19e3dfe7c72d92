// The fixed anchors of a guide page, in a module of its own: the scaffold checks
// surface ids against them without loading the whole validator.
/** Section anchors of the guide page; entry ids must not take them (nor the guide's surface ids). */
export const reservedAnchors = [
  'main', 'summary', 'deadline', 'steps', 'timeline', 'data', 'exclusions', 'effects', 'legal', 'faq', 'sources',
] as const;
