/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

char *ds_address_from_columns (DsStmt *stmt,
                               int     first_column);

G_END_DECLS
