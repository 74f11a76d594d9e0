declare module 'virtual:evidence-site/config' {
  const config: import('./virtual-modules.ts').RuntimeConfig;
  export default config;
}

declare module 'virtual:evidence-site/brand.css';

declare module 'virtual:evidence-site/shard' {
  const shard: import('./lib/shards.ts').Shard | null;
  export default shard;
}

declare module 'virtual:evidence-site/components/Header' {
  const Header: (props: Record<string, unknown>) => unknown;
  export default Header;
}

declare module 'virtual:evidence-site/components/Footer' {
  const Footer: (props: Record<string, unknown>) => unknown;
  export default Footer;
}
