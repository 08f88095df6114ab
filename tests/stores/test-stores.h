/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

/* What test-stores.c shares with the storage layer's own tests in
 * test-stores-db.c and the staff workspace's in test-stores-staff.c: the demo
 * business's database, open for the run. */

#define MAYA "cus_demo0maya0okafor"
#define DANIEL "cus_demo0daniel0reyes"

extern DsDb *db;

void assert_query_text        (const char *sql,
                               const char *param,
                               const char *expected);
void test_stores_add_db_tests (void);
void test_stores_add_staff_tests (void);
