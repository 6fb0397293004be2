export { DeadLettersPage } from './components/dead-letters-page';
export { DeadLetterPage } from './components/dead-letter-page';
