export * from './municipalities';
export * from './people';
export * from './cycles';
export * from './nominations';
export * from './jury';
export * from './indicators';
export * from './decisions';
export * from './audit';
