export { getInstance, instanceQueryOptions, useInstance } from './api/get-instance';
export { useInstances, instancesQueryOptions } from './api/get-instances';
export { InstancesPage } from './components/instances-page';
export { InstancePage } from './components/instance-page';
