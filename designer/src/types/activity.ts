import type { InputMode, JsonValue } from './workflow';

export type InputType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'any' | 'duration';

export type UiHint =
  | 'singleline'
  | 'multiline'
  | 'checkbox'
  | 'dropdown'
  | 'json'
  | 'code'
  | 'variable'
  | 'duration'
  | 'cost-center'
  | 'switch-cases';

export interface InputDescriptor {
  name: string;
  displayName?: string;
  description?: string;
  type: InputType | string;
  uiHint?: UiHint | string | null;
  options?: string[] | null;
  defaultValue?: JsonValue;
  required?: boolean;
  defaultMode?: InputMode;
}

export interface OutputDescriptor {
  name: string;
  displayName?: string;
  type: string;
  description?: string;
}

/** Outcomes taken from an input's list items, such as Switch's cases. */
export interface DynamicOutcomes {
  fromInput: string;
  property?: string | null;
  extra?: string[] | null;
}

export interface ActivityDescriptor {
  typeName: string;
  displayName: string;
  category: string;
  description?: string;
  kind: 'trigger' | 'action';
  /** A line-icon name (`play`, `split`, `clock`, …). */
  icon?: string | null;
  isBlocking?: boolean;
  isLoop?: boolean;
  outcomes: string[];
  dynamicOutcomes?: DynamicOutcomes | null;
  inputs: InputDescriptor[];
  outputs: OutputDescriptor[];
}
