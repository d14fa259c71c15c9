// `npm run docs`: rewrites the README's event reference from the vocabulary (after a build).
import { readFileSync, writeFileSync } from 'node:fs';
import { withEventReference } from '../dist/report/eventReference.js';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withEventReference(readFileSync(readme, 'utf8')));
