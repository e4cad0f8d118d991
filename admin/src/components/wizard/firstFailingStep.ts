import { hasErrors, type FieldErrors } from '../../validation/fieldErrors';

/**
 * The first step from `from` up to (not including) `to` whose check finds problems, with them; null
 * when all pass. Moving forward, by Next or by the step list, goes through this, so no step's
 * check can be skipped.
 */
const firstFailingStep = <Id extends string, Field extends string>(
  steps: readonly { id: Id }[],
  from: number,
  to: number,
  validate: (id: Id) => FieldErrors<Field>,
): { id: Id; index: number; errors: FieldErrors<Field> } | null => {
  for (let index = from; index < to; index += 1) {
    const errors = validate(steps[index].id);
    if (hasErrors(errors)) {
      return { id: steps[index].id, index, errors };
    }
  }
  return null;
};

export { firstFailingStep };
