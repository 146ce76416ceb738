import { Link } from 'react-router';
import { linkStyle } from '../components/button.js';
import { PageTitle } from '../components/page-title.js';
import { texts } from '../texts.js';

export function NotFound() {
  return (
    <>
      <PageTitle title={texts.notFound.title}>{texts.notFound.title}</PageTitle>
      <Link to="/" className={linkStyle}>
        {texts.notFound.back}
      </Link>
    </>
  );
}
