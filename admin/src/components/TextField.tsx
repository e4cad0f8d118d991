import type { ChangeEvent, ReactNode } from 'react';

import { Field, TextInput } from '@strapi/design-system';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  disabled?: boolean;
  autoComplete?: string;
}

/** A labelled text input with its hint and inline error, the way Strapi's own forms lay them out. */
const TextField = ({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  required = false,
  type = 'text',
  placeholder,
  disabled = false,
  autoComplete = 'off',
}: TextFieldProps) => (
  <Field.Root name={name} error={error} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <TextInput
      type={type}
      value={value}
      placeholder={placeholder}
      disabled={disabled}
      autoComplete={autoComplete}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

export { TextField };
