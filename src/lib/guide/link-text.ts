// The words around a platform link: what the button says and how far it can be
// trusted. They follow from the guide's action (a setting or a form) and the
// link's kind, so a guide states facts and never writes button texts.
import type { TFunction } from 'i18next';
import { sourceKinds, type ActionKind, type ActionLink, type Source, type StepLink } from '../content/schemas';

type SourceKind = (typeof sourceKinds)[number];

/** The weakest kind among a link's sources: a link is only as sure as its least sure report. */
export function linkConfidence(ids: string[], sources: Record<string, Source>): SourceKind {
  const ranks = ids.map((id) => sourceKinds.indexOf(sources[id]?.kind ?? 'press'));
  return sourceKinds[Math.max(...ranks, 0)] ?? 'press';
}

/**
 * The main button of a guide: "Open the setting on LinkedIn", "Open the objection form via Meta's Privacy Center".
 * `name` is what an entry point opens, as the page shows it (its `name` in the page's language, or the next of its chain).
 */
export function actionButtonText(t: TFunction, kind: ActionKind, link: ActionLink, platform: string, name?: string): string {
  if (link.kind === 'entry-point' && name !== undefined) return t(`guide.action.${kind}Via`, { name });
  return t(`guide.action.${kind}`, { platform });
}

/** What to know before using the main button: whether its page asks the reader to sign in, and what to do if it fails. */
export function actionNote(t: TFunction, link: ActionLink): string {
  return t(`guide.${link.signIn ? 'actionNote' : 'actionNoteNoSignIn'}.${link.kind}`);
}

/** The button of a step's link. */
export function stepLinkText(t: TFunction, kind: ActionKind, link: StepLink): string {
  if (link.kind === 'entry-point') return t('steps.link.entry-point');
  if (link.kind === 'reported') return t(`steps.link.reported.${kind}`, { year: link.reportedIn });
  return t(`steps.link.direct.${kind}`);
}

/** What a reader should know before trusting a reported link; nothing for the others. */
export function reportedNote(t: TFunction, link: StepLink | ActionLink, sources: Record<string, Source>): string | undefined {
  if (link.kind !== 'reported') return undefined;
  return t('links.reported', { by: t(`links.by.${linkConfidence(link.sources, sources)}`), year: link.reportedIn });
}
