import type { TestProject } from 'vitest/node';
import { startNextServer } from '../support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startNextServer();
  project.provide('baseUrl', server.baseUrl);
  return server.stop;
}
