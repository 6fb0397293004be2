export { WorkflowListPage } from './components/workflow-list-page';
