/**
 * How each shell spells its settings in messages: the action names its inputs (`secrets:`), the
 * CLI its flags (`--secrets`). Core code asks here instead of hard-coding either.
 */
export interface Spelling {
  /** The setting's name: `allow-reserved-names` or `--allow-reserved-names`. */
  input(name: string): string;
  /** The setting with a value: `allow-reserved-names: PATH` or `--allow-reserved-names PATH`. */
  example(name: string, value: string): string;
}

export const ACTION_SPELLING: Spelling = {
  input: (name) => name,
  example: (name, value) => `${name}: ${value}`,
};

/** Every setting the core names has a flag of the same name. */
export const CLI_SPELLING: Spelling = {
  input: (name) => `--${name}`,
  example: (name, value) => `--${name} ${value}`,
};
