/** The user's own commitment templates, next to the built-in ones (domain/editing/templates.ts). */
import { CustomTemplateSchema, type CommitmentTemplate } from '../../domain/editing/templates';
import { vietnameseCollator } from '../../domain/text';
import { validate } from '../../domain/validation';
import type { CamKetDatabase } from '../db';
import { attempt, fail, ok, type Result } from '../errors';

export function listCustomTemplates(db: CamKetDatabase): Promise<Result<CommitmentTemplate[]>> {
  return attempt(async () => ok((await db.templates.toArray()).sort((a, b) => vietnameseCollator.compare(a.title, b.title))));
}

export function saveCustomTemplate(db: CamKetDatabase, template: Omit<CommitmentTemplate, 'id' | 'custom'>, newId: () => string = () => crypto.randomUUID()): Promise<Result<CommitmentTemplate>> {
  const checked = validate(CustomTemplateSchema, { ...template, id: `custom-${newId()}`, custom: true });
  if (!checked.ok) return Promise.resolve(fail({ code: 'invalid', subject: 'template', issues: checked.issues }));
  return attempt(async () => {
    await db.templates.add(checked.value);
    return ok(checked.value);
  });
}

export function deleteCustomTemplate(db: CamKetDatabase, id: string): Promise<Result<void>> {
  return attempt(async () => {
    await db.templates.delete(id);
    return ok(undefined);
  });
}
