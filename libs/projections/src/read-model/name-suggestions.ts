/** Names already used in records (canonical, most used first), for clients to offer instead of letting people type variants. */
export interface NameSuggestions {
  /** 街道 of activities and booths. */
  readonly subdistricts: readonly string[];
  /** 地点 of volunteer activities. */
  readonly sites: readonly string[];
  /** 考点 of exam sentinel shifts. */
  readonly examSites: readonly string[];
  /** 服务内容 of volunteer activities. */
  readonly serviceItems: readonly string[];
}
