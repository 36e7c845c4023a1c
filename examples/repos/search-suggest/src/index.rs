//! A sorted list of lower-cased terms; prefix lookups are two binary searches.

pub struct Index {
    terms: Vec<String>,
}

impl Index {
    pub async fn load(path: &str) -> Result<Self, Box<dyn std::error::Error>> {
        let raw = tokio::fs::read_to_string(path).await?;
        let mut terms: Vec<String> = serde_json::from_str::<Vec<String>>(&raw)?
            .into_iter()
            .map(|t| t.to_lowercase())
            .collect();
        terms.sort();
        terms.dedup();
        println!("index built from {path}");
        Ok(Self { terms })
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn prefix(&self, prefix: &str, limit: usize) -> Vec<String> {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        self.terms[start..]
            .iter()
            .take_while(|t| t.starts_with(prefix))
            .take(limit)
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Index;

    #[test]
    fn prefix_lookup() {
        let idx = Index { terms: vec!["mug".into(), "mug tree".into(), "teapot".into()] };
        assert_eq!(idx.prefix("mu", 5), vec!["mug", "mug tree"]);
        assert!(idx.prefix("x", 5).is_empty());
    }
}
