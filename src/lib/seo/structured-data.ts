// schema.org JSON-LD: HowTo for a guide, BreadcrumbList for a share page.
export interface HowToStepInput {
  name: string;
  text: string;
  url: string;
}

export function howTo(input: { name: string; description: string; lang: string; url: string; sections: { name: string; steps: HowToStepInput[] }[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    url: input.url,
    step: input.sections.map((section) => ({
      '@type': 'HowToSection',
      name: section.name,
      itemListElement: section.steps.map((step, index) => ({ '@type': 'HowToStep', position: index + 1, name: step.name, text: step.text, url: step.url })),
    })),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export const jsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
