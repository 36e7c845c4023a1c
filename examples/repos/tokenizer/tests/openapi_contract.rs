//! The published OpenAPI document must keep the versioned paths the router serves.

#[test]
fn openapi_paths_are_versioned() {
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/api/openapi.yaml")).unwrap();
    assert!(spec.contains("/v1/tokens:"));
    assert!(spec.contains("/v1/tokens/{token}:"));
}
