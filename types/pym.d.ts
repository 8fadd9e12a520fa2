/** The part of NPR's pym.js (https://github.com/nprapps/pym.js) that the embed uses. */
declare module 'pym.js' {
  export interface ChildConfig {
    polling?: number;
    id?: string;
  }
  export class Child {
    constructor(config?: ChildConfig);
    sendHeight(): string;
    remove(): void;
  }
}
