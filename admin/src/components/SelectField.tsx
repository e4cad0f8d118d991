import type { ReactNode } from 'react';

import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  /** Shown while nothing is picked. */
  placeholder?: string;
  maxWidth?: string;
}

/** A labelled drop-down with its hint and inline error, the select counterpart of `TextField`. */
const SelectField = ({
  name,
  label,
  value,
  options,
  onChange,
  error,
  hint,
  required = false,
  placeholder,
  maxWidth,
}: SelectFieldProps) => (
  <Field.Root name={name} error={error} hint={hint} required={required} maxWidth={maxWidth}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect
      value={value}
      placeholder={placeholder}
      onChange={(picked: string | number) => onChange(String(picked))}
    >
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

export { SelectField };
