import { Injectable, type PipeTransform } from '@nestjs/common';
import { problem } from '#libs/errors';
import { invalidRequest } from '../errors/validation-problems.js';

/** As the programs lib requires of a code (it appears in case numbers like R7-協働支援-0012). */
const PROGRAM_CODE = /^[^\s-]{1,16}$/u;

/** The `{code}` path parameter: a program code, or a 400 naming it. */
@Injectable()
export class ProgramCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PROGRAM_CODE.test(value)) {
      throw invalidRequest([
        problem('code', '制度コードは、ハイフンや空白を含まない1〜16文字です。', 'code must be a program code: 1 to 16 characters without hyphens or spaces'),
      ]);
    }
    return value;
  }
}
