//! The documents a query shows, fetched from the store and folded once per query.

use std::collections::HashMap;

use crate::clean::fold::Folded;
use crate::index::store::{Store, StoreError};
use crate::model::Document;

/// Documents fetched from the store, and folded, once per query.
pub(super) struct DocumentCache<'a> {
    store: &'a Store,
    documents: HashMap<String, Option<(Document, Folded)>>,
}

impl<'a> DocumentCache<'a> {
    pub(super) fn new(store: &'a Store) -> Self {
        DocumentCache { store, documents: HashMap::new() }
    }

    pub(super) fn get(&mut self, id: &str) -> Result<Option<&(Document, Folded)>, StoreError> {
        if !self.documents.contains_key(id) {
            let doc = self.store.document_text(id)?.map(|doc| {
                let folded = Folded::new(&doc.text);
                (doc, folded)
            });
            self.documents.insert(id.to_string(), doc);
        }
        Ok(self.documents[id].as_ref())
    }
}
