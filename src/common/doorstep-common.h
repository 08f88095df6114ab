/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-enums.h"
#include "doorstep-money.h"
#include "doorstep-payment-rules.h"
#include "doorstep-quote-math.h"
#include "doorstep-time.h"
#include "doorstep-validate.h"
