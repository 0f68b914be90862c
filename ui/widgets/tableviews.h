#pragma once

class QTableView;

namespace wirescope::tableviews {

/// The house look for a read-only Name/Value table: compact rows, no row numbers, whole-row
/// selection, the last column stretched.
void setUpReadOnly(QTableView *view);

/// Sizes the first (name) column to its contents, within a sensible share of the width.
void fitNameColumn(QTableView *view);

/// Compact row height for any table.
void setCompactRows(QTableView *view);

} // namespace wirescope::tableviews
