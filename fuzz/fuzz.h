/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

/* Each harness defines the libFuzzer entry point: with -Dfuzzing=true it is
 * linked with libFuzzer, otherwise with fuzz-replay.c, which runs it over
 * the seed corpus as a test. */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
