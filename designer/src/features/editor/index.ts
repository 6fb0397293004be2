export { EditorPage } from './components/editor-page';
export { WorkflowDiagram } from './components/workflow-diagram';
