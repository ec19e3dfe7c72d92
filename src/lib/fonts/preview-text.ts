// Texts drawn on preview images (titles, the platform's name, a surface's `where`,
// the site's name and tagline) must be in characters the images' fonts draw: the
// check refuses the others with their names, rather than the build drawing boxes.
import type { z } from 'astro/zod';
import { previewGlyphProblem } from './glyphs';

export const drawn = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const problem = previewGlyphProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
