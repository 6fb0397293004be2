export { getInstance, instanceQueryOptions, useInstance } from './api/get-instance';
export { InstancesPage } from './components/instances-page';
export { InstancePage } from './components/instance-page';
